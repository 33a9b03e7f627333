#pragma once

#include "SqlDialect.h"

#include <QList>
#include <QStringList>

struct Migration
{
    int version;
    QStringList statements;
};

// The schema's history, oldest first. Never edit a released migration; append a new one.
namespace Migrations {
QList<Migration> all(const SqlDialect &dialect);
}
